import { AppError } from '../../core/errors';

export async function deid(_argv: string[]): Promise<number> {
  throw new AppError('unavailable', 'deid commands are not available yet');
}
