import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Charts, the roadmap board and markdown load lazily in their own chunks; the first test of a file
// that opens one waits for the module to be transformed and loaded, which takes seconds on a busy
// 2-core CI machine (CI once failed to find the adoption chart within the default 1 s). A findBy*
// that finds nothing still fails, only later.
configure({ asyncUtilTimeout: 10_000 });
// jest's own 5 s per test would cut such a wait short; a test gets 30 s.
jest.setTimeout(30_000);
