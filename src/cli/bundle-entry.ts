/** The entry point of the prebuilt CLI bundle (bin/cli-bundle.js): the CLI, and its prebuilt lexicon's switch and builder. */
export { main } from './main.ts';
export { usePrebuiltLexicon } from '../extract/prebuilt/prebuilt-lexicon.ts';

/** Builds the prebuilt lexicon from the sources (imported only then: it loads the extractor's tables). */
export async function writePrebuiltLexicon(file: string): Promise<void> {
  (await import('../extract/prebuilt/build-lexicon.ts')).writePrebuiltLexicon(file);
}
