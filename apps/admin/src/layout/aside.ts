/** An aside (deadline panel, recalculation note) sits beside the record on a desktop and below it on a phone. */
export const besideOrBelow = {
  '& .RaShow-main, & .RaEdit-main': { flexDirection: { xs: 'column', md: 'row' }, gap: 2 },
} as const;
