// Shown whenever the graph holds generated demo data.
export function DemoBanner() {
  return (
    <div className="demo-banner" role="status">
      DEMO DATA — every indicator shown here is generated and fictitious
    </div>
  );
}
