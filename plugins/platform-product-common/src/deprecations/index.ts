export * from './deprecationRules';
export * from './assessDeprecation';
export * from './types';
export * from './isDeprecatedEntity';
