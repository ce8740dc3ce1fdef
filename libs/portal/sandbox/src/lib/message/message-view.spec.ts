import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { OutboundMessageDetail } from '@portail/domain';
import { MessageView } from './message-view';

@Component({ template: '' })
class ValidationStub {}

const EMAIL: OutboundMessageDetail = {
  id: 'm1',
  kind: 'email',
  recipient: 'claire.martin@cabinet-martin.fr',
  subject: 'Validez votre adresse courriel',
  createdAt: '2026-11-27T15:30:00.000Z',
  body: 'Bonjour,\n\nPour valider votre adresse, cliquez sur <b>x</b> ci-dessous.\n<script>alert(1)</script>\n\nL’équipe du Portail Tiers',
  links: [
    { label: 'Valider mon adresse courriel', href: '/inscription/validation?jeton=abc123' },
    { label: 'Piège', href: 'javascript:alert(1)' },
  ],
  postalAddress: null,
  relatedEntityType: null,
  relatedEntityId: null,
};

const LETTER: OutboundMessageDetail = {
  ...EMAIL,
  id: 'l1',
  kind: 'letter',
  recipient: 'Cabinet Martin',
  subject: 'Votre code d’activation',
  body: 'Madame, Monsieur,\n\nVotre code d’activation est : 4821-7730.',
  links: [],
  postalAddress: ['Cabinet Martin', 'Mme Claire Martin', '12 rue des Lilas', '69003 Lyon'],
};

describe('MessageView', () => {
  async function render(message: OutboundMessageDetail): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'inscription/validation', component: ValidationStub }])],
    });
    const fixture = TestBed.createComponent(MessageView);
    fixture.componentRef.setInput('message', message);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the subject, the recipient and the date', async () => {
    const element = await render(EMAIL);
    expect(element.querySelector('h1')?.textContent).toBe('Validez votre adresse courriel');
    expect(element.querySelector('.message__meta')?.textContent).toContain('claire.martin@cabinet-martin.fr');
    expect(element.querySelector('.message__meta time')?.textContent).toBe('27 novembre 2026 à 16:30');
  });

  it('splits the body into paragraphs and never interprets HTML in it', async () => {
    const element = await render(EMAIL);
    const paragraphs = Array.from(element.querySelectorAll('.message__body p'), (p) => p.textContent);
    expect(paragraphs).toEqual([
      'Bonjour,',
      'Pour valider votre adresse, cliquez sur <b>x</b> ci-dessous.\n<script>alert(1)</script>',
      'L’équipe du Portail Tiers',
    ]);
    expect(element.querySelector('.message__body b')).toBeNull();
    expect(element.querySelector('.message__body script')).toBeNull();
  });

  it('renders a portal link as a button that the router follows', async () => {
    const element = await render(EMAIL);
    const link = Array.from(element.querySelectorAll<HTMLAnchorElement>('.message__links a')).find(
      (a) => a.textContent?.trim() === 'Valider mon adresse courriel',
    );
    expect(link).toBeDefined();
    expect(link?.classList).toContain('mat-mdc-button-base');
    expect(link?.getAttribute('href')).toBe('/inscription/validation?jeton=abc123');

    link?.click();
    await TestBed.inject(Router).navigated;
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe('/inscription/validation?jeton=abc123'));
  });

  it('does not turn a non-web address into a link', async () => {
    const element = await render(EMAIL);
    const hrefs = Array.from(element.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(hrefs.some((href) => href?.startsWith('javascript'))).toBe(false);
    expect(element.querySelector('.message__links')?.textContent).toContain('Piège');
  });

  it('has no print button for an e-mail', async () => {
    const element = await render(EMAIL);
    expect(element.querySelector('.message__print')).toBeNull();
    expect(element.querySelector('address')).toBeNull();
  });

  it('shows a letter’s postal address and prints it', async () => {
    const element = await render(LETTER);
    const lines = Array.from(element.querySelectorAll('address span'), (span) => span.textContent);
    expect(lines).toEqual(['Cabinet Martin', 'Mme Claire Martin', '12 rue des Lilas', '69003 Lyon']);
    expect(element.querySelector('.message__object')?.textContent).toBe('Objet : Votre code d’activation');
    // Printed, the page is the letter alone.
    expect(element.querySelector('.message__header')?.classList).toContain('no-print');

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const button = element.querySelector<HTMLButtonElement>('.message__print');
    expect(button?.textContent?.trim()).toBe('Imprimer');
    button?.click();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
