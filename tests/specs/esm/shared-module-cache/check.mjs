import shared from './shared.cjs';
import data from './data.json' with { type: 'json' };
export async function check(viaRequire, jsonViaRequire) {
  console.log('cjs same object:', shared === viaRequire, shared.loaded);
  console.log('json same object:', data === jsonViaRequire);
  const again = await import('./shared.cjs?query');
  console.log('query makes a new ESM record, same CJS module:', again.default === shared);
}
