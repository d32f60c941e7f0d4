import { type DynamicModule, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { INestApplication } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { POLICY_KEY, type Permission } from '../../src/auth/policy';

/** What a handler takes from the request: its body, query or a path parameter, and as which type. */
export interface RouteArgument {
  source: 'body' | 'query' | 'param';
  /** The name given to @Query('x') or @Param('x'); undefined for the whole body or query. */
  name: string | undefined;
  /** The DTO class, or Object (or String) when the handler takes the raw values. */
  type: unknown;
}

export interface NestRoute {
  method: string;
  path: string;
  policy: Permission | undefined;
  handler: string;
  arguments: RouteArgument[];
}

const SOURCES: Partial<Record<number, RouteArgument['source']>> = {
  [RouteParamtypes.BODY]: 'body',
  [RouteParamtypes.QUERY]: 'query',
  [RouteParamtypes.PARAM]: 'param',
};

function routeArguments(controller: Type, name: string): RouteArgument[] {
  const declared: Record<string, { index: number; data?: unknown }> =
    Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {};
  const types: unknown[] = Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? [];
  return Object.entries(declared).flatMap(([key, { index, data }]) => {
    const source = SOURCES[Number(key.split(':')[0])];
    return source ? [{ source, name: typeof data === 'string' ? data : undefined, type: types[index] }] : [];
  });
}

/** Every controller of a module and of the modules it imports, without starting anything. */
export function controllersOf(root: Type | DynamicModule, seen = new Set<unknown>()): Type[] {
  const module = 'module' in root ? root.module : root;
  if (seen.has(module)) return [];
  seen.add(module);
  const dynamic = 'module' in root ? root : undefined;
  const controllers: Type[] = [
    ...(Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []),
    ...(dynamic?.controllers ?? []),
  ];
  const imports: unknown[] = [
    ...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? []),
    ...(dynamic?.imports ?? []),
  ];
  return [
    ...controllers,
    ...imports.flatMap((imported) =>
      typeof imported === 'function' || (imported && typeof imported === 'object' && 'module' in imported)
        ? controllersOf(imported as Type | DynamicModule, seen)
        : [],
    ),
  ];
}

/** The routes of some controller classes, with the arguments each takes (no app needed). */
export function controllerRoutes(controllers: Type[]): NestRoute[] {
  return controllers.flatMap((controller) => routesOf(controller));
}

function joinPath(...parts: string[]): string {
  const path = parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${path}`;
}

/** Every route registered by a Nest controller, with the policy it declares (if any). */
export function nestRoutes(app: INestApplication): NestRoute[] {
  const routes: NestRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (controller) routes.push(...routesOf(controller));
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

function routesOf(controller: Type): NestRoute[] {
  const routes: NestRoute[] = [];
  const base: string | string[] = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
  const classPolicy = Reflect.getMetadata(POLICY_KEY, controller);
  for (const name of Object.getOwnPropertyNames(controller.prototype)) {
    const handler = controller.prototype[name];
    if (name === 'constructor' || typeof handler !== 'function') continue;
    const path: string | string[] | undefined = Reflect.getMetadata(PATH_METADATA, handler);
    const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
    if (path === undefined || method === undefined) continue;
    for (const prefix of [base].flat()) {
      for (const suffix of [path].flat()) {
        routes.push({
          method: RequestMethod[method],
          path: joinPath(prefix, suffix),
          policy: Reflect.getMetadata(POLICY_KEY, handler) ?? classPolicy,
          handler: `${controller.name}.${name}`,
          arguments: routeArguments(controller, name),
        });
      }
    }
  }
  return routes;
}

/** Every route Express knows, Nest's and any other, as "METHOD /path". */
export function expressRoutes(app: INestApplication): string[] {
  const instance = app.getHttpAdapter().getInstance() as {
    router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    _router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const stack = (instance.router ?? instance._router)?.stack ?? [];
  return stack
    .filter((layer) => layer.route)
    .flatMap((layer) =>
      Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`),
    );
}
