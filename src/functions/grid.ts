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
  if (Array.isArray(value) && value.length > 0 && value.every(Array.isArray)) return value as Grid;
  return [[value ?? null]];
}

export function shapeOf(grid: Grid): Shape {
  return { rows: grid.length, columns: grid[0]?.length ?? 0 };
}

const isSingleCell = (s: Shape): boolean => s.rows === 1 && s.columns === 1;
const describe = (s: Shape): string => `${s.rows}×${s.columns}`;

/** Ranges of one shape compute cell by cell; a single cell is broadcast against them. */
export function commonShape(args: readonly NamedGrid[]): CommonShape {
  let shape: Shape = { rows: 1, columns: 1 };
  let owner: NamedGrid | undefined;
  for (const arg of args) {
    const s = shapeOf(arg.grid);
    if (arg.grid.some((row) => row.length !== s.columns)) {
      return { ok: false, message: `${arg.name} is not a rectangular range.` };
    }
    if (isSingleCell(s)) continue;
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

/** Reads cell (r, c) of an argument, broadcasting a single cell. */
export function cellOf(grid: Grid, r: number, c: number): unknown {
  return grid.length === 1 && grid[0]?.length === 1 ? grid[0][0] : grid[r]?.[c];
}
