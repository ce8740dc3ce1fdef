/**
 * Test-only helpers for the réclamations and médiation specs (never exported from the library's index).
 */
import { Component } from '@angular/core';
import type { BackofficeComplaint, BackofficeMediation, Complaint, Mediation } from '@portail/domain/complaints';
import { type RoutedTest, setUpRoutedTest, textOf } from '@portail/portal-forms/testing';
import { complaintsBackofficeRoutes, complaintsRoutes, mediationBackofficeRoutes, mediationRoutes } from '../complaints.routes';

export { apiError, buttonByText, chooseRadio, errorOf, fieldByLabel, linkByText, textOf, typeInto } from '@portail/portal-forms/testing';

/** Where the pages' links lead outside the library. */
@Component({ template: '<h1>Ailleurs</h1>' })
class ElsewherePage {}

export function aComplaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: 'complaint-1',
    reference: 'REC-2027-000042',
    topic: 'cotisations',
    organism: 'Urssaf',
    subject: 'Échéance de mars',
    body: 'Mon échéance de mars a été prélevée deux fois.',
    status: 'recue',
    receivedAt: '2027-03-02T09:15:00.000Z',
    answer: null,
    ...overrides,
  };
}

export function anAnsweredComplaint(overrides: Partial<Complaint> = {}): Complaint {
  return aComplaint({
    id: 'complaint-2',
    reference: 'REC-2027-000043',
    subject: 'Majoration',
    status: 'repondue',
    answer: { body: 'La majoration est maintenue.', answeredAt: '2027-03-05T14:00:00.000Z' },
    ...overrides,
  });
}

export function aBackofficeComplaint(overrides: Partial<BackofficeComplaint> = {}): BackofficeComplaint {
  return { ...aComplaint(), spaceName: 'Paul Durand', filedBy: 'Paul Durand', ...overrides };
}

export function aMediation(overrides: Partial<Mediation> = {}): Mediation {
  return {
    id: 'mediation-1',
    reference: 'MED-2027-000007',
    status: 'recue',
    domain: 'recouvrement',
    filedAt: '2027-04-02T08:00:00.000Z',
    complaint: { id: 'complaint-1', reference: 'REC-2027-000042', organism: 'Urssaf', subject: 'Échéance de mars' },
    body: 'Ma réclamation est restée sans réponse.',
    answerUnsatisfactory: false,
    steps: [{ status: 'recue', at: '2027-04-02T08:00:00.000Z', text: null }],
    ...overrides,
  };
}

export function aBackofficeMediation(overrides: Partial<BackofficeMediation> = {}): BackofficeMediation {
  return { ...aMediation(), spaceName: 'Paul Durand', filedBy: 'Paul Durand', complaintDetail: aComplaint(), ...overrides };
}

export type ComplaintsTest = RoutedTest;

/** The library's routes, mounted where the app mounts them (guards aside: the app's concern). */
export async function setUpComplaintsTest(): Promise<ComplaintsTest> {
  const test = await setUpRoutedTest([
    { path: 'reclamations', children: complaintsRoutes },
    { path: 'mediation', children: mediationRoutes },
    { path: 'conseiller/reclamations', children: complaintsBackofficeRoutes },
    { path: 'conseiller/mediations', children: mediationBackofficeRoutes },
    { path: '**', component: ElsewherePage },
  ]);
  return {
    ...test,
    // GET unless told: the pages send from async code.
    nextRequest: (url, method = 'GET') => test.nextRequest(url, method),
  };
}

/**
 * The element's text nodes joined by spaces: « Statut Reçue » where the template puts a term and
 * its value, or a heading and its paragraph, side by side (Angular drops the whitespace between them).
 */
export function wordsOf(element: Element | null | undefined): string {
  if (!element) return '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The text of each `dt dd` pair of a summary: « Référence REC-2027-000042 ». */
export function summaryOf(root: ParentNode | null): string[] {
  return Array.from(root?.querySelectorAll('.summary > div') ?? [], wordsOf);
}

/** The fieldset whose legend is `legend`. */
export function fieldsetByLegend(root: ParentNode, legend: string): HTMLFieldSetElement {
  const fieldset = Array.from(root.querySelectorAll('fieldset')).find((element) => textOf(element.querySelector('legend')) === legend);
  if (!fieldset) throw new Error(`No fieldset « ${legend} »`);
  return fieldset;
}
