import { type DynamicModule, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { API_PREFIX } from '@portail/api-core';
import type { NextFunction, Request, Response } from 'express';
import { join } from 'node:path';

const PORTAL_DIR = Symbol('PORTAL_DIR');
// Express matches routes case-insensitively: /API/x reaches the API, so it is no portal page.
const API_PATH = new RegExp(`^/${API_PREFIX}(?:/|$)`, 'i');

/**
 * The built portal on the API's port: its files, and its index.html for any other GET outside
 * /api, where the portal's router takes over (deep links, reloads).
 *
 * Not @nestjs/serve-static: the error middleware it places before Nest's own replaced every error
 * raised on an /api path before the routes ran (CSRF refusal, malformed or oversized body,
 * badly encoded parameter) with a 404.
 */
@Module({})
export class PortalModule implements OnModuleInit {
  static forRoot(portalDir: string): DynamicModule {
    return { module: PortalModule, providers: [{ provide: PORTAL_DIR, useValue: portalDir }] };
  }

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(PORTAL_DIR) private readonly portalDir: string,
  ) {}

  // Nest runs this hook once the API's routes are registered and before its 404 handler: the
  // portal comes after the API (and its logging middleware) and never shadows it.
  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    adapter.useStaticAssets(this.portalDir);
    const index = join(this.portalDir, 'index.html');
    adapter.use((request: Request, response: Response, next: NextFunction) => {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATH.test(request.path)) return next();
      response.sendFile(index, (error?: Error) => {
        if (error) next(error);
      });
    });
  }
}
