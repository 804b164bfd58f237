import { Alert } from '@material-ui/lab';
import type { Submission } from './useSubmit';

/** Why the last run of a submission failed, one alert per problem; nothing when it did not. */
export const SubmissionErrors = (props: {
  submission: Pick<Submission, 'errors'>;
  /** `data-testid` of each alert. */
  testId?: string;
}) => (
  <>
    {props.submission.errors.map(error => (
      <Alert key={error} severity="error" data-testid={props.testId}>
        {error}
      </Alert>
    ))}
  </>
);
