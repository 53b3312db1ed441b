/** A data table's header row: one column header per label. */
export function TableHead({ labels }: { labels: string[] }) {
  return (
    <thead>
      <tr className="border-b-2 border-line">
        {labels.map((label) => (
          <th key={label} scope="col" className="py-2 pr-4">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
