export { ErrorBudgetBar } from './ErrorBudgetBar';
