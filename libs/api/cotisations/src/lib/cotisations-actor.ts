/** Who acts on a contributor's « Mes cotisations »: their mandated firm, or the TI themself. */
export interface CotisationsActor {
  contributorId: string;
  personId: string;
  /** Written in the history: « Cabinet Lefebvre (Marie Lefebvre) », « Paul Durand ». */
  label: string;
  /** The firm's space when a mandated firm acts (its Historique lists the payment); null for the TI. */
  spaceId: string | null;
}
