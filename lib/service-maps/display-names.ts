// The file writes titles and heads in capitals ("COMUNICAZIONE ESTERNA", "DI GIROLAMO GABRIELLA"):
// hard to read in running text, and some screen readers spell capitals out. The pages show them in
// normal case; the downloads keep them as written.

const lowerFirst = (text: string) => text.toLocaleLowerCase("it");
const upperFirst = (word: string) => (word ? word[0].toLocaleUpperCase("it") + word.slice(1) : word);

/** "POLIZIA STRADALE E INFORTUNISTICA" → "Polizia stradale e infortunistica"; mixed case is kept. */
export function mapTitleForDisplay(title: string): string {
  if (title !== title.toLocaleUpperCase("it")) return title;
  return upperFirst(lowerFirst(title));
}

/** "DI GIROLAMO GABRIELLA" → "Di Girolamo Gabriella"; "D'ANGELO" → "D'Angelo"; mixed case is kept. */
export function personForDisplay(name: string): string {
  if (name !== name.toLocaleUpperCase("it")) return name;
  return lowerFirst(name).replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase("it"));
}
