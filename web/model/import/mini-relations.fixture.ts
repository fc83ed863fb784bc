// The relations of the mini dataset (mini-dataset.fixture.ts) as an analyst keeps them in a
// spreadsheet: one row per relation and quote; the two rows of "havens" are one relation.

export const miniRelationsCsv = [
  'from,to,type,label,period,confidence,quote,prefix,id,from_kind,to_kind',
  'China,Pakistan,cooperation,supports,,,"China supports Pakistan economically, politically as well as security-wise",,,state,state',
  'China,Afghan Taliban,leverage,has leverage over,2021-,,at the moment China has leverage over the Afghan Taliban,,,,armed group',
  'Afghan Taliban,TTP,cooperation,gives safe havens to,2021-2023,stated,The Afghan Taliban are providing safe havens to TTP,,havens,,armed-group',
  'Afghan Taliban,TTP,cooperation,,,,the Afghan Taliban,"persuade ",havens,,',
  '',
].join('\n');
