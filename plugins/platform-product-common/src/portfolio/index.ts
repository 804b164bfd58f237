export * from './types';
export * from './portfolioSnapshot';
export * from './portfolioRows';
export * from './portfolioTotals';
export * from './portfolioCsv';
export * from './adoptionHistory';
