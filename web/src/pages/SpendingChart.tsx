import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import type { Schemas } from '../api/client';
import { formatMoney } from '../lib/format';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

type Month = Schemas['AnalyticsResponses.Month'];

/** Spending per month as bars, with the same figures in a table for screen readers and keyboards. */
export function SpendingChart({ months, currency }: { months: Month[]; currency: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) {
      return undefined;
    }
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: months.map((month) => month.month ?? ''),
        datasets: [{ label: `Spent (${currency})`, data: months.map((month) => Number(month.total_amount ?? 0)), backgroundColor: '#0b5cad' }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          tooltip: { callbacks: { label: (item) => formatMoney(months[item.dataIndex].total_amount ?? '0', currency) } },
        },
      },
    });
    return () => chart.destroy();
  }, [months, currency]);

  const total = months.reduce((sum, month) => sum + Number(month.total_amount ?? 0), 0);
  return (
    <figure className="chart">
      <div className="chart-box">
        <canvas ref={canvas} role="img"
                aria-label={`Spending per month over the last ${months.length} months, ${currency}; the table below has the figures`} />
      </div>
      <figcaption>
        <details>
          <summary>Figures per month</summary>
          <table>
            <thead><tr><th scope="col">Month</th><th scope="col" className="number">Spent</th><th scope="col" className="number">Items</th></tr></thead>
            <tbody>
              {months.map((month) => (
                <tr key={month.month}>
                  <td>{month.month}</td>
                  <td className="number">{formatMoney(month.total_amount ?? '0', currency)}</td>
                  <td className="number">{month.item_count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        {total === 0 && <span className="muted">Nothing spent in {currency} in these months.</span>}
      </figcaption>
    </figure>
  );
}
