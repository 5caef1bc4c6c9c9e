/**
 * The user agreement ("User Agreement of Buttress Roots") as structured content, one file
 * per locale. Its version is CURRENT_AGREEMENT_VERSION (src/shared/schemas/accounts.ts):
 * change the text only together with a new version, so every account's accepted version
 * still names the text it agreed to. Paragraphs may name a UI element with `{{term:KEY}}`
 * (rendered as the catalog's `terms.KEY`, as in the guide).
 */
export interface AgreementSection {
  /** Stable anchor, the same in every locale (e.g. "a3"). */
  id: string;
  title: string;
  paragraphs: string[];
}

export interface AgreementContent {
  /** Lead paragraph under the heading. */
  intro: string;
  sections: AgreementSection[];
}
