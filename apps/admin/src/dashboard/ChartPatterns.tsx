import { patternId, usedPatterns, type FillPattern } from './chart-series';

function PatternShape({ pattern, colour }: { pattern: FillPattern; colour: string }) {
  switch (pattern) {
    case 'stripes':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#fff" strokeWidth={2} />;
    case 'dots':
      return <circle cx={4} cy={4} r={1.8} fill="#fff" />;
    case 'crosshatch':
      return <path d="M0,0 L8,8 M8,0 L0,8" stroke="#fff" strokeWidth={1.5} />;
    case 'solid':
      return <rect width={8} height={8} fill={colour} />;
  }
}

/**
 * The fill patterns every chart on the page names by id (`fillOf`): drawn once, hidden, so series
 * are told apart by texture as well as colour, in the bars and in their legends.
 */
export function ChartPatterns() {
  return (
    <svg aria-hidden focusable="false" width={0} height={0} style={{ position: 'absolute' }}>
      <defs>
        {usedPatterns().map(({ colour, pattern }) => (
          <pattern key={patternId(colour, pattern)} id={patternId(colour, pattern)} width={8} height={8} patternUnits="userSpaceOnUse">
            <rect width={8} height={8} fill={colour} />
            <PatternShape pattern={pattern} colour={colour} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
