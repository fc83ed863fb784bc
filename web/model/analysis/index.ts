// The analyses of the actor graph, for the UI to import from one place.
export * from './network';
export * from './time';
export * from './influence';
export * from './centrality';
export * from './paths';
export * from './balance';
