// Builds the adapter of a provider configuration. One adapter per configuration version is kept
// by the gateway (an adapter with extra CA certificates owns a connection pool).
import { createAnthropicProvider } from './providers/anthropic-adapter';
import { createLocalProvider } from './providers/local-provider';
import { createOpenAiProvider } from './providers/openai-adapter';
import type { AiProvider, HttpProviderOptions } from './providers/provider.types';
import type { TResolvedProvider } from './ai-registry.service';

/** Settings for every HTTP adapter the gateway builds (timeouts, retries, a private CA). */
export type TAdapterOptions = Omit<HttpProviderOptions, 'baseUrl' | 'apiKey'>;

export type ProviderFactory = (resolved: TResolvedProvider) => AiProvider;

/**
 * @example
 *   const adapters = createProviderFactory({ timeoutMs: 30_000 });
 *   const provider = adapters(await registry.resolveProvider(orgId, { isDefault: true }));
 */
export function createProviderFactory(options: TAdapterOptions = {}): ProviderFactory {
  const cache = new Map<string, AiProvider>();
  return ({ config, apiKey }) => {
    const cacheKey = `${config.id}:${config.updatedAt.getTime()}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const withKey = apiKey ? { apiKey } : {};
    let provider: AiProvider;
    switch (config.adapter) {
      case 'local':
        provider = createLocalProvider();
        break;
      case 'anthropic':
        provider = createAnthropicProvider({ ...options, ...withKey, baseUrl: config.endpoint ?? '' });
        break;
      case 'azure_openai': {
        // The deployment URL carries the API version as a query parameter; the adapter wants them apart.
        const url = new URL(config.endpoint ?? '');
        const apiVersion = url.searchParams.get('api-version') ?? '';
        url.search = '';
        provider = createOpenAiProvider({ ...options, ...withKey, baseUrl: url.toString().replace(/\/$/, ''), auth: 'azure', apiVersion });
        break;
      }
      case 'openai':
        provider = createOpenAiProvider({ ...options, ...withKey, baseUrl: config.endpoint ?? '' });
        break;
    }
    cache.set(cacheKey, provider);
    return provider;
  };
}
