// Range arguments as 2D grids: shapes, broadcasting of single cells, and shape errors.

export type Grid = readonly (readonly unknown[])[];

export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

export interface NamedGrid {
  readonly name: string;
  readonly grid: Grid;
}

export type CommonShape = { readonly ok: true; readonly shape: Shape } | { readonly ok: false; readonly message: string };

/** A single value (or an omitted optional argument) is a 1×1 grid. */
export function toGrid(value: unknown): Grid {
  if (Array.isArray(value) && value.length > 0 && Array.isArray(value[0])) return value as Grid;
  return [[value ?? null]];
}

/** Excel always passes rectangular ranges; a script calling the function might not. */
function isRectangular(grid: Grid, columns: number): boolean {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row) || row.length !== columns) return false;
  }
  return true;
}

function shapeOf(grid: Grid): Shape {
  return { rows: grid.length, columns: grid[0]?.length ?? 0 };
}

const isOneByOne = (s: Shape): boolean => s.rows === 1 && s.columns === 1;

/** A single cell is broadcast against the other arguments' ranges. */
const isSingleCell = (grid: Grid): boolean => isOneByOne(shapeOf(grid));
const describe = (s: Shape): string => `${s.rows}×${s.columns}`;

/** Ranges of one shape compute cell by cell; a single cell is broadcast against them. */
export function commonShape(args: readonly NamedGrid[]): CommonShape {
  let shape: Shape = { rows: 1, columns: 1 };
  let owner: NamedGrid | undefined;
  for (const arg of args) {
    const s = shapeOf(arg.grid);
    if (!isRectangular(arg.grid, s.columns)) {
      return { ok: false, message: `${arg.name} is not a rectangular range.` };
    }
    if (isOneByOne(s)) continue;
    if (owner === undefined) {
      shape = s;
      owner = arg;
    } else if (s.rows !== shape.rows || s.columns !== shape.columns) {
      return {
        ok: false,
        message: `${owner.name} is ${describe(shape)} but ${arg.name} is ${describe(s)}: give ranges of one shape, or single cells.`,
      };
    }
  }
  return { ok: true, shape };
}

/** The argument as a grid of the common shape: a single cell (or none) repeats one shared row. */
export function fullGrid(grid: Grid | undefined, shape: Shape): Grid {
  if (grid !== undefined && !isSingleCell(grid)) return grid;
  const row: unknown[] = new Array(shape.columns).fill(grid?.[0]?.[0]);
  return new Array(shape.rows).fill(row);
}
