// Types for the parts of @react-sigma/core 5 we use. Its own .d.ts files re-export with extensionless
// relative paths, which TypeScript's NodeNext resolution (our tsconfig) cannot follow, so we declare them here.
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import type { Attributes } from 'graphology-types';
import type { AbstractGraph } from 'graphology-types';
import type { Sigma } from 'sigma';
import type { Settings } from 'sigma/settings';
import type { SigmaEvents } from 'sigma/types';

declare module '@react-sigma/core' {
  export interface SigmaContainerProps<N extends Attributes, E extends Attributes> {
    graph?: AbstractGraph<N, E>;
    settings?: Partial<Settings<N, E>>;
    id?: string;
    className?: string;
    style?: CSSProperties;
    children?: ReactNode;
  }
  export function SigmaContainer<
    N extends Attributes = Attributes,
    E extends Attributes = Attributes,
  >(props: SigmaContainerProps<N, E>): ReactElement;
  export function useSigma<
    N extends Attributes = Attributes,
    E extends Attributes = Attributes,
  >(): Sigma<N, E>;
  export function useRegisterEvents(): (handlers: Partial<SigmaEvents>) => void;
}
