/**
 * The supplier guide ("To be Suppliers") as structured content, one file per locale.
 * Body text may name a UI element with a token `{{term:KEY}}`; it renders as the
 * catalog's `terms.KEY`, so the guide and the buttons can never disagree.
 */
export interface GuideSection {
  /** Stable anchor, the same in every locale (e.g. "s1-1"). */
  id: string;
  /** The guide's own numbering, e.g. "1", "1.1", "5.3.2". */
  number: string;
  title: string;
  /** Paragraphs; may contain `{{term:KEY}}` tokens. */
  body: string[];
  children?: GuideSection[];
}

export interface GuideContent {
  /** Page heading, e.g. "To be Suppliers". */
  title: string;
  /** One-paragraph lead under the heading. */
  intro: string;
  /** The guide's top-level heading "Supplier Authentication" etc. — see sections. */
  sections: GuideSection[];
}
