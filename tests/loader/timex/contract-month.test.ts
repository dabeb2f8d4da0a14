import { describe, expect, it } from 'vitest';
import { isContractMonth } from '../../../src/loader/timex/contract-month.ts';
import { timexIn } from '../reading/tagged.ts';

describe('isContractMonth', () => {
  it('reads the month of a traded contract as no date of the story ("crude for March delivery")', () => {
    const delivery = 'Crude for March delivery rose $2 in Oslo.';
    expect(isContractMonth(delivery, timexIn(delivery, 'March'))).toBe(true);
    const contract = 'The June contract fell 3 percent.';
    expect(isContractMonth(contract, timexIn(contract, 'June'))).toBe(true);
    const futures = 'Traders sold December futures.';
    expect(isContractMonth(futures, timexIn(futures, 'December'))).toBe(true);
  });

  it('keeps a month the story happens in as a date', () => {
    const plain = 'Crude rose $2 in March, and deliveries fell.';
    expect(isContractMonth(plain, timexIn(plain, 'March'))).toBe(false);
    const day = 'The June 3 delivery was late.';
    expect(isContractMonth(day, timexIn(day, 'June 3'))).toBe(false);
  });
});
