// A small valid dataset, written inline, that the dataset and CLI tests break one file at a time.

/** The raw text as a PDF extractor gives it: lines with blank lines between them. */
export const miniText = [
  'China is the closest ally of Pakistan as well as a rising power. China supports Pakistan ',
  '',
  'economically, politically as well as security-wise, and at the moment China has leverage ',
  '',
  'over the Afghan Taliban. ',
  // A line starting with a space right after a text line: the extractor began page 11 here.
  ' The Afghan Taliban are providing safe havens to TTP which has rejuvenated the militant ',
  '',
  'group. Islamabad is trying to persuade the Afghan Taliban to take firm action against TTP, ',
  '',
  'but they seem less interested. ',
  '',
].join('\n');

export const miniSources = `- id: mini
  file: sources/mini.txt
  title: A mini source
  pages:
    first: 10
    last: 11
`;

export const miniActors = `- id: pakistan
  name: Pakistan
  kind: state
  description: A state in South Asia.
- id: china
  name: China
  kind: state
  description: A state in East Asia.
- id: afghan-taliban
  name: Afghan Taliban
  kind: armed-group
  aliases: [Taliban]
  description: The movement that rules Afghanistan since August 2021.
- id: ttp
  name: Tehreek-e-Taliban Pakistan
  kind: armed-group
  aliases: [TTP]
  description: An armed group fighting the state of Pakistan.
`;

export const miniRelations = `- id: china-pakistan-support
  source: china
  target: pakistan
  type: cooperation
  directed: true
  label: supports
  confidence: stated
  evidence:
    - source: mini
      quote: China supports Pakistan economically, politically as well as security-wise
- id: china-taliban-leverage
  source: china
  target: afghan-taliban
  type: leverage
  directed: true
  label: has leverage over
  period:
    from: 2021
  confidence: stated
  evidence:
    - source: mini
      quote: at the moment China has leverage over the Afghan Taliban
- id: taliban-ttp-havens
  source: afghan-taliban
  target: ttp
  type: cooperation
  directed: true
  label: gives safe havens to
  period:
    from: 2021
    to: 2023
  confidence: stated
  evidence:
    - source: mini
      quote: The Afghan Taliban are providing safe havens to TTP
    - source: mini
      quote: the Afghan Taliban
      prefix: 'persuade '
      note: Pakistan presses the Taliban to act against the group it shelters.
`;

/** The dataset as compileDataset reads it: paths relative to the data folder. */
export const miniDataset: Readonly<Record<string, string>> = {
  'sources.yaml': miniSources,
  'actors.yaml': miniActors,
  'relations.yaml': miniRelations,
  'sources/mini.txt': miniText,
};
