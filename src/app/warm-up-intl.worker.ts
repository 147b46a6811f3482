// Makes the kinds of Intl object the app's first page does, in its languages and in the one
// berlinDate (src/lib/freshness.ts) uses, then ends (see warm-up-intl.ts).
for (const language of ['de', 'en', 'en-CA']) {
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(0);
  new Intl.NumberFormat(language, { style: 'percent' }).format(0);
  new Intl.PluralRules(language).select(0);
}
close();
