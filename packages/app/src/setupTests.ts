import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The app's tests render whole pages (the entity page, the app itself): the first test of a file
// transforms and loads every plugin's modules, and on a busy 2-core CI machine that took more than
// jest's 5 s default (CI once failed the entity page's first test on it, after 41 s for the file).
// The assertions are unchanged: a tab that is missing still fails the test.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });
