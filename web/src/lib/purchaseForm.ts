import type { Schemas } from '../api/client';

type Purchase = Schemas['PurchaseResponse'];

/** The purchase form's values: text as typed, so a half-typed price is not lost or rounded. */
export interface PurchaseValues {
  product_name: string;
  price: string;
  currency_code: string;
  quantity: string;
  purchase_date: string;
  category: string;
  retailer_id: string;
  brand_id: string;
  model_number: string;
  serial_number: string;
  retailer_order_number: string;
  link: string;
  return_deadline: string;
  return_policy: string;
  warranty_expiry: string;
  notes: string;
  tax_deductible: boolean;
  tags: string[];
}

const OPTIONAL_TEXT = ['category', 'retailer_id', 'brand_id', 'model_number', 'serial_number', 'retailer_order_number', 'link',
  'return_deadline', 'return_policy', 'warranty_expiry', 'notes'] as const;

export function emptyPurchase(currency: string, today: string): PurchaseValues {
  return {
    product_name: '', price: '', currency_code: currency, quantity: '1', purchase_date: today, category: '', retailer_id: '',
    brand_id: '', model_number: '', serial_number: '', retailer_order_number: '', link: '', return_deadline: '',
    return_policy: '', warranty_expiry: '', notes: '', tax_deductible: false, tags: [],
  };
}

export function purchaseValues(purchase: Purchase): PurchaseValues {
  const values = emptyPurchase(purchase.currency_code, purchase.purchase_date);
  for (const field of OPTIONAL_TEXT) {
    values[field] = (purchase[field] as string | null | undefined) ?? '';
  }
  return {
    ...values,
    product_name: purchase.product_name,
    price: purchase.price ?? '',
    quantity: String(purchase.quantity),
    tax_deductible: purchase.tax_deductible,
    tags: [...purchase.tags],
  };
}

/**
 * The body the API takes. A new purchase leaves empty optional fields out; an edit sends them as null,
 * which clears them (updates are partial: a field left out keeps its value). A quantity that is not a
 * whole number goes as typed, so the API names it.
 */
export function purchaseBody(values: PurchaseValues, editing: boolean): Record<string, unknown> {
  const quantity = /^\d+$/.test(values.quantity.trim()) ? Number(values.quantity) : values.quantity;
  const body: Record<string, unknown> = {
    product_name: values.product_name,
    price: values.price.trim(),
    currency_code: values.currency_code.trim().toUpperCase(),
    quantity,
    purchase_date: values.purchase_date,
    tax_deductible: values.tax_deductible,
    tags: values.tags,
  };
  for (const field of OPTIONAL_TEXT) {
    const value = values[field].trim();
    if (value) {
      body[field] = value;
    } else if (editing) {
      body[field] = null;
    }
  }
  return body;
}
