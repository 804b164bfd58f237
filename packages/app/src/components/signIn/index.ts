export {
  ExampleUsersSignInPage,
  EXAMPLE_USER_STORAGE_KEY,
  SUGGESTED_EXAMPLE_USERS,
} from './ExampleUsersSignInPage';
