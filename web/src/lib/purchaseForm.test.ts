import { describe, expect, it } from 'vitest';
import { emptyPurchase, purchaseBody, purchaseValues } from './purchaseForm';

describe('the purchase form body', () => {
  const values = { ...emptyPurchase('eur', '2026-02-14'), product_name: 'Kettle', price: ' 24.90 ', quantity: '2',
    category: 'kitchen', serial_number: '  ', tags: ['home'] };

  it('leaves empty optional fields out of a new purchase, and keeps the price exactly as typed', () => {
    expect(purchaseBody(values, false)).toEqual({
      product_name: 'Kettle', price: '24.90', currency_code: 'EUR', quantity: 2, purchase_date: '2026-02-14',
      tax_deductible: false, tags: ['home'], category: 'kitchen',
    });
  });

  it('clears emptied optional fields of an edited purchase with null', () => {
    const body = purchaseBody(values, true);
    expect(body.serial_number).toBeNull();
    expect(body.retailer_id).toBeNull();
    expect(body.category).toBe('kitchen');
  });

  it('sends a quantity that is not a whole number as typed, for the API to name', () => {
    expect(purchaseBody({ ...values, quantity: '1.5' }, false).quantity).toBe('1.5');
  });

  it('fills the form from a purchase, nulls as empty text', () => {
    const form = purchaseValues({
      id: 'p1', product_name: 'Fridge', price: '899.00', currency_code: 'EUR', purchase_date: '2026-01-02', category: null,
      tax_deductible: true, quantity: 1, tags: ['a'], attachments_count: 0, created_at: '', updated_at: '', retailer_id: 'r1',
    });
    expect(form).toMatchObject({ product_name: 'Fridge', price: '899.00', quantity: '1', category: '', retailer_id: 'r1',
      tax_deductible: true, tags: ['a'] });
  });
});
