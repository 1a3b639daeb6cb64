import { AppError } from '../../core/errors';

export async function serve(_argv: string[]): Promise<number> {
  throw new AppError('unavailable', 'serve is not wired yet');
}
