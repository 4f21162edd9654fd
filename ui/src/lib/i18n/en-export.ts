// English messages for choosing the language of an exported document.
export const enExport = {
  'export.language': 'Language of the document',
  'export.language.hint': 'Suggested from the language each person in this case asked for.',
  'export.language.bilingual': 'Welsh and English (Welsh first)',
  'export.language.welsh': 'Welsh',
  'export.language.english': 'English',
} as const;
