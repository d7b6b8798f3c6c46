import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ConflictNotice, compareValues, mergeValues, EditOnly, FormDialog, useFormMutation } from '../../forms';
import { graphql } from '../../gql';
import { TopicForm, type TopicValues, topicInput } from './topic-form';

const UpdateTopic = graphql(`
  mutation UpdateTopic($input: UpdateTopicInput!) {
    updateTopic(input: $input) {
      topic {
        id
        version
        name
        slug
        description
        parent {
          id
          name
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type TopicRef = { id: string; version: number; name: string; slug: string; description?: string | null; parent?: { id: string; name: string } | null };
const valuesOf = (t: TopicRef): TopicValues => ({ name: t.name, slug: t.slug, description: t.description ?? '', parent: t.parent ?? null });

/** Edit a topic, or add a narrower one (editors only). */
export function TopicActions({ topic, onChanged }: { topic: TopicRef; onChanged(): void }) {
  return (
    <EditOnly>
      <div className="edit-controls">
        <FormDialog label="Edit" title={`Edit the topic “${topic.name}”`}>
          {(close) => (
            <EditTopicForm
              topic={topic}
              onDone={() => {
                close();
                onChanged();
              }}
            />
          )}
        </FormDialog>
        <Link className="button" to="/topics/new">
          New topic
        </Link>
      </div>
    </EditOnly>
  );
}

// The topic as it is now, outside the cache (the Compare of the conflict notice).
const CurrentTopic = graphql(`
  query CurrentTopic($id: ID!) {
    node(id: $id) {
      id
      ... on Topic {
        version
        name
        slug
        description
        parent {
          id
          name
        }
      }
    }
  }
`);

function EditTopicForm({ topic, onDone }: { topic: TopicRef; onDone(): void }) {
  const client = useApolloClient();
  const compared = useRef<TopicValues | null>(null);
  const [version, setVersion] = useState(topic.version);
  const [last, setLast] = useState(() => valuesOf(topic));
  const mutation = useFormMutation(UpdateTopic, { payload: (d) => d.updateTopic, recordId: topic.id });
  return (
    <TopicForm
      start={valuesOf(topic)}
      mutation={mutation}
      saveLabel="Save"
      onSubmit={async (values) => {
        setLast(values);
        if (await mutation.submit({ input: { id: topic.id, version, ...topicInput(values) } })) onDone();
      }}
      top={
        mutation.conflict && (
          <ConflictNotice
            conflict={mutation.conflict}
            onReload={() => window.location.reload()}
            onCompare={async () => {
              const { data } = await client.query({ query: CurrentTopic, variables: { id: topic.id }, fetchPolicy: 'no-cache' });
              compared.current = data?.node?.__typename === 'Topic' ? valuesOf({ ...data.node, id: topic.id } as TopicRef) : valuesOf(topic);
              return compareValues(last, compared.current, { name: 'Name', slug: 'Key', description: 'Description' });
            }}
            onOverwrite={async (current, takeCurrent) => {
              const merged = compared.current ? mergeValues(last, compared.current, takeCurrent) : last;
              setVersion(current);
              setLast(merged);
              if (await mutation.submit({ input: { id: topic.id, version: current, ...topicInput(merged) } })) onDone();
            }}
          />
        )
      }
    />
  );
}
