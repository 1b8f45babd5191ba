/** A country for display: the dataset stores ISO 3166 codes ("CN"); anything else is shown as stored. */
export function countryName(country: string, locale: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(country) ?? country;
  } catch {
    return country; // An invalid locale tag from the page's navigator.
  }
}
