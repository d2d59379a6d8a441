/**
 * Width and height of every card: the size Facebook, LinkedIn and X show large. A module of its
 * own so that the render workers load only Satori, resvg and this, not the plan model.
 */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
