import { redactionKindLabels, type RedactionSpan } from '@kntc/domain';
import Box from '@mui/material/Box';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useRef } from 'react';
import { useTranslate } from 'react-admin';
import { sourceChunks, type ReviewDraft, type SourceChunk } from './review-state';

export type Selection = { start: number; end: number } | null;

/** Where a DOM selection point falls in the source: each chunk carries its start offset. */
function offsetOf(container: HTMLElement, node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const chunk = element?.closest<HTMLElement>('[data-start]');
  if (!chunk || !container.contains(chunk)) return null;
  const start = Number(chunk.dataset.start);
  return node.nodeType === Node.TEXT_NODE ? start + offset : start + (offset > 0 ? (chunk.textContent?.length ?? 0) : 0);
}

function chunkStyle(c: SourceChunk) {
  // A hand-made mask is framed, so it does not look like the browser's own selection.
  if (c.manual) return { bgcolor: 'warning.light', outline: '2px solid', outlineColor: 'secondary.main', cursor: 'pointer' };
  if (!c.proposal) return {};
  if (c.proposal.source === 'protected') return { bgcolor: 'error.light', color: 'error.contrastText' };
  if (!c.proposal.masked) return { outline: '1px dashed', outlineColor: 'warning.main', cursor: 'pointer' };
  return { bgcolor: 'warning.light', cursor: c.proposal.optional ? 'pointer' : 'default' };
}

/**
 * The signed text with every mask highlighted. A click on a name or an address keeps or masks it
 * (everywhere it occurs); a click on a mask added by hand removes it; a selection offers a new mask.
 */
export function SourceView({
  source,
  proposed,
  draft,
  editable,
  onToggle,
  onRemoveManual,
  onSelect,
}: {
  source: string;
  proposed: readonly RedactionSpan[];
  draft: ReviewDraft;
  editable: boolean;
  onToggle(groupKey: string): void;
  onRemoveManual(offset: number): void;
  onSelect(selection: Selection): void;
}) {
  const translate = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const chunks = sourceChunks(source, proposed, draft);

  const act = (c: SourceChunk) => {
    if (!editable) return;
    if (c.manual) onRemoveManual(c.start);
    else if (c.proposal?.optional) onToggle(c.proposal.groupKey);
  };
  const onMouseUp = (_event: MouseEvent) => {
    const selection = window.getSelection();
    const box = container.current;
    if (!editable || !selection || selection.isCollapsed || !box || selection.rangeCount === 0) return onSelect(null);
    const range = selection.getRangeAt(0);
    const start = offsetOf(box, range.startContainer, range.startOffset);
    const end = offsetOf(box, range.endContainer, range.endOffset);
    onSelect(start !== null && end !== null && end > start ? { start, end } : null);
  };

  return (
    <Box
      ref={container}
      onMouseUp={onMouseUp}
      sx={{ whiteSpace: 'pre-wrap', fontFamily: '"Times New Roman", serif', fontSize: '1rem', lineHeight: 1.6, p: 2, border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: '70vh', overflow: 'auto' }}
    >
      {chunks.map((c) => {
        const interactive = editable && (c.manual !== undefined || c.proposal?.optional === true);
        const kind = c.manual?.kind ?? c.proposal?.kind;
        const label = kind ? redactionKindLabels[kind] : undefined;
        const state = c.manual ? translate('kntc.publications.legend_manual') : c.proposal && !c.proposal.masked ? translate('kntc.publications.kept') : translate('kntc.publications.masked');
        return (
          <Box
            component="span"
            key={c.start}
            data-start={c.start}
            title={label ? `${label} – ${state}` : undefined}
            {...(interactive
              ? {
                  role: 'button',
                  tabIndex: 0,
                  'aria-pressed': c.manual !== undefined || c.proposal?.masked === true,
                  onClick: () => act(c),
                  onKeyDown: (e: KeyboardEvent) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      act(c);
                    }
                  },
                }
              : {})}
            sx={chunkStyle(c)}
          >
            {c.text}
          </Box>
        );
      })}
    </Box>
  );
}
