export { RequestExceptionDialog } from './RequestExceptionDialog';
