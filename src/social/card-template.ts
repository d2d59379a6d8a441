/**
 * The social card's design: a pure function from what the card shows to Satori's element tree
 * (the React-element shape, without React). Satori lays out with flexbox only, so every box
 * with more than one child says `display: flex`.
 */
import { OG_HEIGHT, OG_WIDTH } from './card-size.ts';
import type { CardContent } from './cards.ts';

export type CardNode = CardElement | string;
export interface CardElement {
  type: 'div' | 'span';
  props: { style: Record<string, string | number>; children?: CardNode | CardNode[] };
}

/** The family name the fonts are registered under (see `_fonts.ts`). */
export const CARD_FONT = 'Source Sans 3';

const TEXT = '#1b1b1b';
const MUTED = '#4a4a4a';

const h = (style: CardElement['props']['style'], ...children: CardNode[]): CardElement => ({
  type: 'div',
  props: { style, children: children.length === 1 ? (children[0] as CardNode) : children },
});

/** Long titles get a smaller size so that they fit in four lines. */
function titleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 60) return 64;
  if (title.length <= 100) return 54;
  return 46;
}

const badge = (text: string, color: string, filled: boolean, gap = 16) =>
  h(
    {
      display: 'flex',
      padding: '6px 18px',
      marginRight: gap,
      borderRadius: 8,
      border: `3px solid ${color}`,
      background: filled ? color : '#ffffff',
      color: filled ? '#ffffff' : color,
      fontSize: 34,
      fontWeight: 700,
    },
    text,
  );

function kickerOf(card: CardContent): CardElement | undefined {
  if (card.goal) {
    return h(
      { display: 'flex', alignItems: 'center', marginBottom: 28 },
      badge(`Mål ${card.goal.code}`, card.color, true),
      badge(card.goal.targetGroup, card.color, false),
    );
  }
  if (!card.kicker) return undefined;
  return h({ display: 'flex', fontSize: 34, fontWeight: 600, color: card.color, marginBottom: 20 }, card.kicker);
}

/** The card for one page, e.g. a goal with its number, target group and focus area colour. */
export function cardElement(card: CardContent, site: { name: string; host: string }): CardElement {
  const isStart = card.kind === 'start';
  const kicker = kickerOf(card);
  const body: CardNode[] = [
    ...(kicker ? [kicker] : []),
    h(
      { display: 'block', fontSize: isStart ? 80 : titleSize(card.title), fontWeight: 700, lineHeight: 1.12, lineClamp: 4 },
      card.title,
    ),
    ...(card.detail
      ? [h({ display: 'block', fontSize: 32, color: MUTED, marginTop: 28, lineHeight: 1.3, lineClamp: 2 }, card.detail)]
      : []),
  ];
  const footer: CardNode[] = [
    h({ display: 'flex', fontSize: 26, color: MUTED }, site.host),
    ...(card.withdrawn ? [badge('Utgått', '#8a1c1c', true, 0)] : []),
  ];
  return h(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      background: '#ffffff',
      color: TEXT,
      fontFamily: CARD_FONT,
    },
    h({ display: 'flex', width: 28, height: OG_HEIGHT, background: card.color }),
    h(
      { display: 'flex', flexDirection: 'column', flexGrow: 1, width: OG_WIDTH - 28, padding: '52px 72px 44px 64px' },
      isStart
        ? h({ display: 'flex', height: 36 })
        : h({ display: 'flex', fontSize: 30, fontWeight: 600, color: MUTED }, site.name),
      h({ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, ...body),
      h(
        { display: 'flex', justifyContent: 'space-between', alignItems: 'center', borderTop: `2px solid #c9d1d6`, paddingTop: 20 },
        ...footer,
      ),
    ),
  );
}
