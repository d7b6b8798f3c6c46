import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link } from 'react-router';
import { type PickedRecord, RecordPicker } from '../../components/pickers/record-picker';
import { EditOnly, FormActions, FormDialog, FormStatus, useFormMutation } from '../../forms';
import { graphql } from '../../gql';
import '../planner/schedule.css';

const TagRecord = graphql(`
  mutation TagRecord($input: TagRecordInput!) {
    tagRecord(input: $input) {
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const UntagRecord = graphql(`
  mutation UntagRecord($input: TagRecordInput!) {
    untagRecord(input: $input) {
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type Topic = { id: string; name: string };

/** "Edit topics" for an event, visit, agreement, document or commitment: add and remove tags (editors only). */
export function TopicTagsButton({ recordId, topics, onChanged }: { recordId: string; topics: readonly Topic[]; onChanged(): void }) {
  return (
    <EditOnly>
      <FormDialog label="Edit topics" title="Topics" className="link-button">
        {(close) => (
          <TagsForm
            recordId={recordId}
            current={topics}
            onDone={() => {
              close();
              onChanged();
            }}
          />
        )}
      </FormDialog>
    </EditOnly>
  );
}

function TagsForm({ recordId, current, onDone }: { recordId: string; current: readonly Topic[]; onDone(): void }) {
  const [chosen, setChosen] = useState<Topic[]>([...current]);
  const [picking, setPicking] = useState<PickedRecord | null>(null);
  const tag = useFormMutation(TagRecord, { payload: (d) => d.tagRecord });
  const untag = useFormMutation(UntagRecord, { payload: (d) => d.untagRecord });
  const added = chosen.filter((t) => !current.some((c) => c.id === t.id)).map((t) => t.id);
  const removed = current.filter((c) => !chosen.some((t) => t.id === c.id)).map((t) => t.id);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (added.length && !(await tag.submit({ input: { recordId, topicIds: added } }))) return;
    if (removed.length && !(await untag.submit({ input: { recordId, topicIds: removed } }))) return;
    onDone();
  }
  return (
    <Form onSubmit={submit} className="edit-form">
      {chosen.length === 0 ? (
        <p className="empty">No topic yet.</p>
      ) : (
        <ul className="plain tag-list">
          {chosen.map((t) => (
            <li key={t.id}>
              {t.name}{' '}
              <Button className="link-button" onPress={() => setChosen(chosen.filter((c) => c.id !== t.id))}>
                Remove<span className="visually-hidden"> {t.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <RecordPicker
        key={chosen.length}
        label="Add a topic"
        types={['TOPIC']}
        selectedId={picking?.id ?? null}
        onChange={(topic) => {
          setPicking(null);
          if (topic && !chosen.some((c) => c.id === topic.id)) setChosen([...chosen, { id: topic.id, name: topic.name }]);
        }}
        empty="No topic matches."
      />
      <p className="field-hint">
        A topic that does not exist yet? <Link to="/topics/new" target="_blank">Create it</Link> (new tab), then add it here.
      </p>
      <FormStatus failure={tag.failure ?? untag.failure} errors={[...tag.errors, ...untag.errors]} />
      <FormActions pending={tag.pending || untag.pending} />
    </Form>
  );
}
