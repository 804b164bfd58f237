import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextField } from '@material-ui/core';
import { responseError } from '../../__testUtils__/fixtures';
import { FormDialog } from './FormDialog';
import { useSubmit } from './useSubmit';

/** A dialog with one required field, as the owners' forms are built. */
const NameDialog = (props: {
  save: (name: string) => Promise<unknown>;
  onSaved: () => void;
  check?: (name: string) => string[];
}) => {
  const [name, setName] = useState('');
  const submission = useSubmit();
  return (
    <FormDialog
      id="name"
      title="Name the thing"
      submitLabel="Save"
      submission={submission}
      onSubmit={() =>
        submission.run(() => props.save(name), {
          check: props.check && (() => props.check!(name)),
          onDone: props.onSaved,
        })
      }
      onClose={jest.fn()}
      canSubmit={name !== ''}
      errorTestId="name-error"
    >
      <TextField
        id="name-field"
        label="Name"
        value={name}
        onChange={e => setName(e.target.value)}
      />
    </FormDialog>
  );
};

describe('FormDialog and useSubmit', () => {
  it('is named by its title, and keeps Save disabled until the form is complete', async () => {
    render(<NameDialog save={jest.fn()} onSaved={jest.fn()} />);
    expect(
      screen.getByRole('dialog', { name: 'Name the thing' }),
    ).toBeInTheDocument();
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Name'), 'x');
    expect(save).toBeEnabled();
  });

  it('sends, stays disabled while sending, then calls onDone', async () => {
    let answer: () => void = () => {};
    const save = jest.fn(
      () =>
        new Promise<void>(resolve => {
          answer = resolve;
        }),
    );
    const onSaved = jest.fn();
    render(<NameDialog save={save} onSaved={onSaved} />);
    await userEvent.type(screen.getByLabelText('Name'), 'deploy');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledWith('deploy');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(onSaved).not.toHaveBeenCalled();
    answer();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it("shows the backend's refusal in its own words, keeps what was typed, and clears it on the next try", async () => {
    const save = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(409, 'Conflict', 'Someone renamed it meanwhile'),
      )
      .mockResolvedValueOnce(undefined);
    const onSaved = jest.fn();
    render(<NameDialog save={save} onSaved={onSaved} />);
    await userEvent.type(screen.getByLabelText('Name'), 'deploy');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('name-error')).toHaveTextContent(
      'Someone renamed it meanwhile',
    );
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Name')).toHaveValue('deploy');

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('name-error')).not.toBeInTheDocument();
  });

  it('sends nothing while the check finds problems, and lists each of them', async () => {
    const save = jest.fn();
    render(
      <NameDialog
        save={save}
        onSaved={jest.fn()}
        check={name =>
          name.length < 3 ? ['name is too short', 'name needs a vowel'] : []
        }
      />,
    );
    await userEvent.type(screen.getByLabelText('Name'), 'xy');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      screen.getAllByTestId('name-error').map(alert => alert.textContent),
    ).toEqual(['name is too short', 'name needs a vowel']);
    expect(save).not.toHaveBeenCalled();
  });
});
