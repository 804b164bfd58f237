import { ReactNode, useState } from 'react';
import { SaveDialog, TextInput } from '../../../../shared/FormDialog';

/**
 * The dialog that adds or edits an objective or a key result: both may get a slug of their own
 * when added (so that a roadmap item can link to them), and both send the version they were read
 * at when edited, so that the backend refuses a stale edit with a 409.
 */
export function SlugEditorDialog<T>(props: {
  /** What is edited, e.g. "key result": the dialog is "Add key result" or "Edit key result". */
  what: string;
  /** The one being edited, or undefined when adding one. */
  editing?: { version: number };
  /** What a good slug looks like. */
  slugHint: string;
  /** What the fields say; the dialog adds the slug or the version. */
  fields: () => Omit<T, 'id' | 'version'>;
  check: (input: T) => string[];
  onSave: (input: T) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { what, editing, slugHint, fields, check, onSave, onClose } = props;
  const [slug, setSlug] = useState('');
  const name = what.replace(/ /g, '-');
  const input = () =>
    ({
      ...(!editing && slug ? { id: slug } : {}),
      ...fields(),
      ...(editing ? { version: editing.version } : {}),
    } as T);
  return (
    <SaveDialog
      id={`${name}-dialog`}
      title={`${editing ? 'Edit' : 'Add'} ${what}`}
      submitLabel="Save"
      input={input}
      check={check}
      onSave={onSave}
      onClose={onClose}
    >
      {!editing && (
        <TextInput
          id={`${name}-id-optional-slug`}
          label="Id (optional slug)"
          helperText={slugHint}
          value={slug}
          onChange={setSlug}
        />
      )}
      {props.children}
    </SaveDialog>
  );
}
