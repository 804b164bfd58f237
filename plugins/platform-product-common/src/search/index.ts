// Search: the documents the Platform Product collator indexes and the search page renders.
export * from './searchDocuments';
