/** A snapshot generation's name: when it was written and 48 random bits (unique across processes and copies). */
import { randomBytes } from 'node:crypto';

export const newGeneration = (): string => `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
