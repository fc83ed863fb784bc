// The closed vocabularies of the data, kept free of zod so views can import them cheaply.

export const actorKinds = [
  'state',
  'armed-group',
  'alliance',
  'organisation',
  'movement',
  'region',
] as const;
export const relationTypes = ['cooperation', 'rivalry', 'leverage'] as const;
export const confidences = ['stated', 'implied'] as const;
