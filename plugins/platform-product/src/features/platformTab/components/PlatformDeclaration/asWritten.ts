/** Keeps labels as written ("P1 response") instead of start-casing them ("P 1 Response"). */
export const asWritten = { titleFormat: (key: string) => key };
