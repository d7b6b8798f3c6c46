import { useNavigate } from 'react-router';
import { EditPage, useFormMutation } from '../../../forms';
import { graphql } from '../../../gql';
import { recordPath } from '../../../lib/routes';
import { usePageTitle } from '../../../lib/use-page-title';
import { EMPTY_TOPIC, TopicForm, topicInput } from '../topic-form';

const CreateTopic = graphql(`
  mutation CreateTopic($input: CreateTopicInput!) {
    createTopic(input: $input) {
      topic {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** /topics/new — a topic to tag records with. */
export function Component() {
  usePageTitle('New topic');
  return (
    <EditPage>
      <NewTopic />
    </EditPage>
  );
}

function NewTopic() {
  const navigate = useNavigate();
  const mutation = useFormMutation(CreateTopic, { payload: (d) => d.createTopic });
  return (
    <div className="page">
      <h1>New topic</h1>
      <TopicForm
        start={EMPTY_TOPIC}
        mutation={mutation}
        saveLabel="Create topic"
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const done = (await mutation.submit({ input: topicInput(values) })) as { topic?: { id: string } | null } | null;
          if (done?.topic) navigate(recordPath('Topic', done.topic.id) ?? '/');
        }}
      />
    </div>
  );
}
