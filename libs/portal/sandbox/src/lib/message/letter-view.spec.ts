import { TestBed } from '@angular/core/testing';
import type { OutboundMessageDetail } from '@portail/domain';
import { aMessage, textOf } from '../testing/sandbox-testing';
import { LetterView } from './letter-view';

const LETTER: OutboundMessageDetail = aMessage({
  id: 'l1',
  kind: 'letter',
  recipient: 'Marie DUPONT',
  subject: 'Votre code de sécurité pour le rattachement à votre tiers déclarant',
  createdAt: '2026-11-27T15:30:00.000Z',
  body: [
    'Madame,',
    'Le tiers déclarant Cabinet Martin a demandé le rattachement de votre compte.',
    'Votre code de sécurité : ABCD-EFGH-JKMN',
    'Votre Urssaf',
  ].join('\n\n'),
  postalAddress: ['Madame Marie DUPONT', '3 rue du Port', '29200 Brest'],
});

describe('LetterView', () => {
  async function render(message: OutboundMessageDetail): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(LetterView);
    fixture.componentRef.setInput('message', message);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lays the letter out as a French administrative letter', async () => {
    const element = await render(LETTER);
    const letter = element.querySelector('.letter') as HTMLElement;
    expect(Array.from(letter.querySelectorAll('.letter__sender > *'), textOf)).toEqual([
      'Urssaf — Portail Tiers (simulation)',
      'Service des tiers déclarants',
      'Courrier fictif du bac à sable',
    ]);
    expect(Array.from(letter.querySelectorAll('.letter__addressee span'), textOf)).toEqual([
      'Madame Marie DUPONT',
      '3 rue du Port',
      '29200 Brest',
    ]);
    expect(textOf(letter.querySelector('.letter__date'))).toBe('Paris, le 27 novembre 2026');
    expect(textOf(letter.querySelector('.letter__object'))).toBe(
      'Objet : Votre code de sécurité pour le rattachement à votre tiers déclarant',
    );
    expect(Array.from(letter.querySelectorAll('.letter__body p'), textOf)).toEqual([
      'Madame,',
      'Le tiers déclarant Cabinet Martin a demandé le rattachement de votre compte.',
      'Votre code de sécurité : ABCD-EFGH-JKMN',
    ]);
    expect(textOf(letter.querySelector('.letter__signature'))).toBe('Votre Urssaf');
  });

  it('makes the security code stand out', async () => {
    const element = await render(LETTER);
    expect(textOf(element.querySelector('.letter__code strong'))).toBe('ABCD-EFGH-JKMN');
  });

  it('prints the letter alone', async () => {
    const element = await render(LETTER);
    // The global print styles hide `.no-print`: the header with its button, not the sheet.
    expect(element.querySelector('.message__header')?.classList).toContain('no-print');
    expect(element.querySelector('.letter')?.closest('.no-print')).toBeNull();

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const button = element.querySelector<HTMLButtonElement>('.message__print');
    expect(button?.textContent?.trim()).toBe('Imprimer');
    button?.click();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('addresses a letter without postal address to its recipient', async () => {
    const element = await render({ ...LETTER, postalAddress: null });
    expect(Array.from(element.querySelectorAll('.letter__addressee span'), textOf)).toEqual(['Marie DUPONT']);
  });
});
