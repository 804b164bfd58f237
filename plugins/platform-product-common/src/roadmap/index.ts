export * from './roadmapModel';
export * from './rank';
export * from './investmentMix';
export * from './roadmapFile';
export * from './validateRoadmapItemInput';
