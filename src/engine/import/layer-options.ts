import type { Activation } from '../../core/model/spec';
import { ACTIVATIONS } from '../../core/model/spec';
import { KerasImportError, layerLabel, type LayerRef } from './errors';
import { isObject, showValue, type JsonObject } from './json';

/** One layer of a Keras model config: who it is and its `config` object. */
export interface LayerContext {
  readonly ref: LayerRef;
  readonly config: JsonObject;
}

/** An error for a value the playground could read but does not import. */
export function unsupportedOption(context: LayerContext, option: string, value: unknown, allowed: string): KerasImportError {
  return new KerasImportError('unsupported', `${layerLabel(context.ref)} has ${option} ${showValue(value)}, which the playground does not import (it imports ${allowed})`);
}

function badOption(context: LayerContext, option: string, expected: string): KerasImportError {
  return new KerasImportError('bad-config', `${layerLabel(context.ref)} has ${option} ${showValue(context.config[option])}, which is not ${expected}`);
}

const isAbsent = (value: unknown): boolean => value === undefined || value === null;

/** Refuses the layer unless `option` is absent, null or equal (as JSON) to one of `defaults`. */
export function requireDefault(context: LayerContext, option: string, defaults: readonly unknown[], allowed: string): void {
  const value = context.config[option];
  if (isAbsent(value) || defaults.some((accepted) => JSON.stringify(accepted) === JSON.stringify(value))) return;
  throw unsupportedOption(context, option, value, allowed);
}

/** A whole number ≥ 1. */
export function positiveInteger(context: LayerContext, option: string): number {
  const value = context.config[option];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw badOption(context, option, 'a whole number from 1');
  return value;
}

/** A size or step given as one number or [height, width]; `fallback` when absent or null. */
export function pair(context: LayerContext, option: string, fallback?: readonly [number, number]): [number, number] {
  const value = context.config[option];
  if (isAbsent(value) && fallback) return [...fallback];
  const sides = typeof value === 'number' ? [value, value] : value;
  const valid = Array.isArray(sides) && sides.length === 2 && sides.every((side) => Number.isInteger(side) && (side as number) >= 1);
  if (!valid) throw badOption(context, option, 'a whole number or [height, width]');
  return [sides[0] as number, sides[1] as number];
}

/** A boolean; `fallback` when absent. */
export function flag(context: LayerContext, option: string, fallback: boolean): boolean {
  const value = context.config[option];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw badOption(context, option, 'true or false');
  return value;
}

/** A finite number within [min, max]; `fallback` when absent. */
export function numberIn(context: LayerContext, option: string, fallback: number, min: number, max: number): number {
  const value = context.config[option];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) throw badOption(context, option, `a number from ${min} to ${max}`);
  return value;
}

/** One of the strings `supported`; another string is unsupported, anything else malformed. */
export function choice<T extends string>(context: LayerContext, option: string, supported: readonly T[], fallback: T): T {
  const value = context.config[option];
  if (isAbsent(value)) return fallback;
  if (typeof value !== 'string') throw badOption(context, option, 'a string');
  const found = supported.find((name) => name === value.toLowerCase());
  if (found === undefined) throw unsupportedOption(context, option, value, supported.join(', '));
  return found;
}

/** Refuses channels_first data: the playground's tensors are channels last. */
export function requireChannelsLast(context: LayerContext): void {
  requireDefault(context, 'data_format', ['channels_last'], 'data_format channels_last only');
}

/**
 * The layer's activation by its Keras name: a string (Keras 2 and 3), or an object
 * whose `config` is the name; null or absent is linear.
 */
export function activation(context: LayerContext): Activation {
  const value = context.config['activation'];
  const name = isObject(value) ? value['config'] : value;
  if (isAbsent(name)) return 'linear';
  if (typeof name !== 'string') throw badOption(context, 'activation', 'an activation name');
  const found = ACTIVATIONS.find((known) => known === name);
  if (found === undefined) throw unsupportedOption(context, 'activation', name, ACTIVATIONS.join(', '));
  return found;
}
